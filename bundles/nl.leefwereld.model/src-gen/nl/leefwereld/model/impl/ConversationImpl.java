/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Assessment;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conversation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getTrajectory <em>Trajectory</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getUtterances <em>Utterances</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ConversationImpl#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConversationImpl extends IdentifiedImpl implements Conversation {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConversationKind KIND_EDEFAULT = ConversationKind.WELCOME;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConversationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = "nl"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * The cached value of the '{@link #getUtterances() <em>Utterances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtterances()
	 * @generated
	 * @ordered
	 */
	protected EList<Utterance> utterances;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getMemos() <em>Memos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemos()
	 * @generated
	 * @ordered
	 */
	protected EList<Memo> memos;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConversationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CONVERSATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONVERSATION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONVERSATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConversationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConversationKind newKind) {
		ConversationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONVERSATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONVERSATION__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trajectory getTrajectory() {
		if (eContainerFeatureID() != ModelPackage.CONVERSATION__TRAJECTORY) return null;
		return (Trajectory)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrajectory(Trajectory newTrajectory, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newTrajectory, ModelPackage.CONVERSATION__TRAJECTORY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrajectory(Trajectory newTrajectory) {
		if (newTrajectory != eInternalContainer() || (eContainerFeatureID() != ModelPackage.CONVERSATION__TRAJECTORY && newTrajectory != null)) {
			if (EcoreUtil.isAncestor(this, newTrajectory))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newTrajectory != null)
				msgs = ((InternalEObject)newTrajectory).eInverseAdd(this, ModelPackage.TRAJECTORY__CONVERSATIONS, Trajectory.class, msgs);
			msgs = basicSetTrajectory(newTrajectory, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONVERSATION__TRAJECTORY, newTrajectory, newTrajectory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants() {
		if (participants == null) {
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, ModelPackage.CONVERSATION__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Utterance> getUtterances() {
		if (utterances == null) {
			utterances = new EObjectContainmentEList<Utterance>(Utterance.class, this, ModelPackage.CONVERSATION__UTTERANCES);
		}
		return utterances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, ModelPackage.CONVERSATION__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, ModelPackage.CONVERSATION__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, ModelPackage.CONVERSATION__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getMemos() {
		if (memos == null) {
			memos = new EObjectContainmentEList<Memo>(Memo.class, this, ModelPackage.CONVERSATION__MEMOS);
		}
		return memos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CONVERSATION__TRAJECTORY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetTrajectory((Trajectory)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CONVERSATION__TRAJECTORY:
				return basicSetTrajectory(null, msgs);
			case ModelPackage.CONVERSATION__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
			case ModelPackage.CONVERSATION__UTTERANCES:
				return ((InternalEList<?>)getUtterances()).basicRemove(otherEnd, msgs);
			case ModelPackage.CONVERSATION__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case ModelPackage.CONVERSATION__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case ModelPackage.CONVERSATION__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case ModelPackage.CONVERSATION__MEMOS:
				return ((InternalEList<?>)getMemos()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case ModelPackage.CONVERSATION__TRAJECTORY:
				return eInternalContainer().eInverseRemove(this, ModelPackage.TRAJECTORY__CONVERSATIONS, Trajectory.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CONVERSATION__TITLE:
				return getTitle();
			case ModelPackage.CONVERSATION__DATE:
				return getDate();
			case ModelPackage.CONVERSATION__KIND:
				return getKind();
			case ModelPackage.CONVERSATION__LANGUAGE:
				return getLanguage();
			case ModelPackage.CONVERSATION__TRAJECTORY:
				return getTrajectory();
			case ModelPackage.CONVERSATION__PARTICIPANTS:
				return getParticipants();
			case ModelPackage.CONVERSATION__UTTERANCES:
				return getUtterances();
			case ModelPackage.CONVERSATION__ANNOTATIONS:
				return getAnnotations();
			case ModelPackage.CONVERSATION__NOTES:
				return getNotes();
			case ModelPackage.CONVERSATION__ASSESSMENTS:
				return getAssessments();
			case ModelPackage.CONVERSATION__MEMOS:
				return getMemos();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.CONVERSATION__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.CONVERSATION__DATE:
				setDate((Date)newValue);
				return;
			case ModelPackage.CONVERSATION__KIND:
				setKind((ConversationKind)newValue);
				return;
			case ModelPackage.CONVERSATION__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case ModelPackage.CONVERSATION__TRAJECTORY:
				setTrajectory((Trajectory)newValue);
				return;
			case ModelPackage.CONVERSATION__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
				return;
			case ModelPackage.CONVERSATION__UTTERANCES:
				getUtterances().clear();
				getUtterances().addAll((Collection<? extends Utterance>)newValue);
				return;
			case ModelPackage.CONVERSATION__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case ModelPackage.CONVERSATION__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case ModelPackage.CONVERSATION__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case ModelPackage.CONVERSATION__MEMOS:
				getMemos().clear();
				getMemos().addAll((Collection<? extends Memo>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.CONVERSATION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.CONVERSATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ModelPackage.CONVERSATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.CONVERSATION__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case ModelPackage.CONVERSATION__TRAJECTORY:
				setTrajectory((Trajectory)null);
				return;
			case ModelPackage.CONVERSATION__PARTICIPANTS:
				getParticipants().clear();
				return;
			case ModelPackage.CONVERSATION__UTTERANCES:
				getUtterances().clear();
				return;
			case ModelPackage.CONVERSATION__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case ModelPackage.CONVERSATION__NOTES:
				getNotes().clear();
				return;
			case ModelPackage.CONVERSATION__ASSESSMENTS:
				getAssessments().clear();
				return;
			case ModelPackage.CONVERSATION__MEMOS:
				getMemos().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.CONVERSATION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.CONVERSATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ModelPackage.CONVERSATION__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.CONVERSATION__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case ModelPackage.CONVERSATION__TRAJECTORY:
				return getTrajectory() != null;
			case ModelPackage.CONVERSATION__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case ModelPackage.CONVERSATION__UTTERANCES:
				return utterances != null && !utterances.isEmpty();
			case ModelPackage.CONVERSATION__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case ModelPackage.CONVERSATION__NOTES:
				return notes != null && !notes.isEmpty();
			case ModelPackage.CONVERSATION__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case ModelPackage.CONVERSATION__MEMOS:
				return memos != null && !memos.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", language: "); //$NON-NLS-1$
		result.append(language);
		result.append(')');
		return result.toString();
	}

} //ConversationImpl
