/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Utterance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Utterance#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link nl.leefwereld.model.Utterance#getText <em>Text</em>}</li>
 *   <li>{@link nl.leefwereld.model.Utterance#getStartMillis <em>Start Millis</em>}</li>
 *   <li>{@link nl.leefwereld.model.Utterance#getEndMillis <em>End Millis</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getUtterance()
 * @model
 * @generated
 */
public interface Utterance extends Identified {
	/**
	 * Returns the value of the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speaker</em>' reference.
	 * @see #setSpeaker(Participant)
	 * @see nl.leefwereld.model.ModelPackage#getUtterance_Speaker()
	 * @model
	 * @generated
	 */
	Participant getSpeaker();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Utterance#getSpeaker <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker</em>' reference.
	 * @see #getSpeaker()
	 * @generated
	 */
	void setSpeaker(Participant value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see nl.leefwereld.model.ModelPackage#getUtterance_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Utterance#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Start Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Millis</em>' attribute.
	 * @see #setStartMillis(Long)
	 * @see nl.leefwereld.model.ModelPackage#getUtterance_StartMillis()
	 * @model
	 * @generated
	 */
	Long getStartMillis();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Utterance#getStartMillis <em>Start Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Millis</em>' attribute.
	 * @see #getStartMillis()
	 * @generated
	 */
	void setStartMillis(Long value);

	/**
	 * Returns the value of the '<em><b>End Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Millis</em>' attribute.
	 * @see #setEndMillis(Long)
	 * @see nl.leefwereld.model.ModelPackage#getUtterance_EndMillis()
	 * @model
	 * @generated
	 */
	Long getEndMillis();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Utterance#getEndMillis <em>End Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Millis</em>' attribute.
	 * @see #getEndMillis()
	 * @generated
	 */
	void setEndMillis(Long value);

} // Utterance
