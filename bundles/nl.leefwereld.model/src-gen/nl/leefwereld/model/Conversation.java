/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conversation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Conversation#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getDate <em>Date</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getLanguage <em>Language</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getTrajectory <em>Trajectory</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getParticipants <em>Participants</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getUtterances <em>Utterances</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link nl.leefwereld.model.Conversation#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getConversation()
 * @model
 * @generated
 */
public interface Conversation extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Conversation#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Conversation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.model.ConversationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.leefwereld.model.ConversationKind
	 * @see #setKind(ConversationKind)
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Kind()
	 * @model
	 * @generated
	 */
	ConversationKind getKind();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Conversation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.leefwereld.model.ConversationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConversationKind value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * The default value is <code>"nl"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Language()
	 * @model default="nl"
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Conversation#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Trajectory</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link nl.leefwereld.model.Trajectory#getConversations <em>Conversations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trajectory</em>' container reference.
	 * @see #setTrajectory(Trajectory)
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Trajectory()
	 * @see nl.leefwereld.model.Trajectory#getConversations
	 * @model opposite="conversations" transient="false"
	 * @generated
	 */
	Trajectory getTrajectory();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Conversation#getTrajectory <em>Trajectory</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trajectory</em>' container reference.
	 * @see #getTrajectory()
	 * @generated
	 */
	void setTrajectory(Trajectory value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

	/**
	 * Returns the value of the '<em><b>Utterances</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Utterance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utterances</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Utterances()
	 * @model containment="true"
	 * @generated
	 */
	EList<Utterance> getUtterances();

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Memos</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memos</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getConversation_Memos()
	 * @model containment="true"
	 * @generated
	 */
	EList<Memo> getMemos();

} // Conversation
