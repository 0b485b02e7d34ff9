/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.mi.model.impl;

import nl.leefwereld.method.mi.model.MiAssessment;
import nl.leefwereld.method.mi.model.MiPackage;

import nl.leefwereld.model.Utterance;

import nl.leefwereld.model.impl.AssessmentImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl#getCultivatingChangeTalk <em>Cultivating Change Talk</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl#getSofteningSustainTalk <em>Softening Sustain Talk</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl#getPartnership <em>Partnership</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl#getEmpathy <em>Empathy</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl#getChangeGoal <em>Change Goal</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl#getSegmentStart <em>Segment Start</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl#getSegmentEnd <em>Segment End</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MiAssessmentImpl extends AssessmentImpl implements MiAssessment {
	/**
	 * The default value of the '{@link #getCultivatingChangeTalk() <em>Cultivating Change Talk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCultivatingChangeTalk()
	 * @generated
	 * @ordered
	 */
	protected static final int CULTIVATING_CHANGE_TALK_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCultivatingChangeTalk() <em>Cultivating Change Talk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCultivatingChangeTalk()
	 * @generated
	 * @ordered
	 */
	protected int cultivatingChangeTalk = CULTIVATING_CHANGE_TALK_EDEFAULT;

	/**
	 * The default value of the '{@link #getSofteningSustainTalk() <em>Softening Sustain Talk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSofteningSustainTalk()
	 * @generated
	 * @ordered
	 */
	protected static final int SOFTENING_SUSTAIN_TALK_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSofteningSustainTalk() <em>Softening Sustain Talk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSofteningSustainTalk()
	 * @generated
	 * @ordered
	 */
	protected int softeningSustainTalk = SOFTENING_SUSTAIN_TALK_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartnership() <em>Partnership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnership()
	 * @generated
	 * @ordered
	 */
	protected static final int PARTNERSHIP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPartnership() <em>Partnership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnership()
	 * @generated
	 * @ordered
	 */
	protected int partnership = PARTNERSHIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmpathy() <em>Empathy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpathy()
	 * @generated
	 * @ordered
	 */
	protected static final int EMPATHY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEmpathy() <em>Empathy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpathy()
	 * @generated
	 * @ordered
	 */
	protected int empathy = EMPATHY_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangeGoal() <em>Change Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGE_GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangeGoal() <em>Change Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeGoal()
	 * @generated
	 * @ordered
	 */
	protected String changeGoal = CHANGE_GOAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegmentStart() <em>Segment Start</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentStart()
	 * @generated
	 * @ordered
	 */
	protected Utterance segmentStart;

	/**
	 * The cached value of the '{@link #getSegmentEnd() <em>Segment End</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentEnd()
	 * @generated
	 * @ordered
	 */
	protected Utterance segmentEnd;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MiAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MiPackage.Literals.MI_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCultivatingChangeTalk() {
		return cultivatingChangeTalk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCultivatingChangeTalk(int newCultivatingChangeTalk) {
		int oldCultivatingChangeTalk = cultivatingChangeTalk;
		cultivatingChangeTalk = newCultivatingChangeTalk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MiPackage.MI_ASSESSMENT__CULTIVATING_CHANGE_TALK, oldCultivatingChangeTalk, cultivatingChangeTalk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSofteningSustainTalk() {
		return softeningSustainTalk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSofteningSustainTalk(int newSofteningSustainTalk) {
		int oldSofteningSustainTalk = softeningSustainTalk;
		softeningSustainTalk = newSofteningSustainTalk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MiPackage.MI_ASSESSMENT__SOFTENING_SUSTAIN_TALK, oldSofteningSustainTalk, softeningSustainTalk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPartnership() {
		return partnership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnership(int newPartnership) {
		int oldPartnership = partnership;
		partnership = newPartnership;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MiPackage.MI_ASSESSMENT__PARTNERSHIP, oldPartnership, partnership));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEmpathy() {
		return empathy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmpathy(int newEmpathy) {
		int oldEmpathy = empathy;
		empathy = newEmpathy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MiPackage.MI_ASSESSMENT__EMPATHY, oldEmpathy, empathy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangeGoal() {
		return changeGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangeGoal(String newChangeGoal) {
		String oldChangeGoal = changeGoal;
		changeGoal = newChangeGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MiPackage.MI_ASSESSMENT__CHANGE_GOAL, oldChangeGoal, changeGoal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Utterance getSegmentStart() {
		if (segmentStart != null && segmentStart.eIsProxy()) {
			InternalEObject oldSegmentStart = (InternalEObject)segmentStart;
			segmentStart = (Utterance)eResolveProxy(oldSegmentStart);
			if (segmentStart != oldSegmentStart) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MiPackage.MI_ASSESSMENT__SEGMENT_START, oldSegmentStart, segmentStart));
			}
		}
		return segmentStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Utterance basicGetSegmentStart() {
		return segmentStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentStart(Utterance newSegmentStart) {
		Utterance oldSegmentStart = segmentStart;
		segmentStart = newSegmentStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MiPackage.MI_ASSESSMENT__SEGMENT_START, oldSegmentStart, segmentStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Utterance getSegmentEnd() {
		if (segmentEnd != null && segmentEnd.eIsProxy()) {
			InternalEObject oldSegmentEnd = (InternalEObject)segmentEnd;
			segmentEnd = (Utterance)eResolveProxy(oldSegmentEnd);
			if (segmentEnd != oldSegmentEnd) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MiPackage.MI_ASSESSMENT__SEGMENT_END, oldSegmentEnd, segmentEnd));
			}
		}
		return segmentEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Utterance basicGetSegmentEnd() {
		return segmentEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentEnd(Utterance newSegmentEnd) {
		Utterance oldSegmentEnd = segmentEnd;
		segmentEnd = newSegmentEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MiPackage.MI_ASSESSMENT__SEGMENT_END, oldSegmentEnd, segmentEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MiPackage.MI_ASSESSMENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MiPackage.MI_ASSESSMENT__CULTIVATING_CHANGE_TALK:
				return getCultivatingChangeTalk();
			case MiPackage.MI_ASSESSMENT__SOFTENING_SUSTAIN_TALK:
				return getSofteningSustainTalk();
			case MiPackage.MI_ASSESSMENT__PARTNERSHIP:
				return getPartnership();
			case MiPackage.MI_ASSESSMENT__EMPATHY:
				return getEmpathy();
			case MiPackage.MI_ASSESSMENT__CHANGE_GOAL:
				return getChangeGoal();
			case MiPackage.MI_ASSESSMENT__SEGMENT_START:
				if (resolve) return getSegmentStart();
				return basicGetSegmentStart();
			case MiPackage.MI_ASSESSMENT__SEGMENT_END:
				if (resolve) return getSegmentEnd();
				return basicGetSegmentEnd();
			case MiPackage.MI_ASSESSMENT__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MiPackage.MI_ASSESSMENT__CULTIVATING_CHANGE_TALK:
				setCultivatingChangeTalk((Integer)newValue);
				return;
			case MiPackage.MI_ASSESSMENT__SOFTENING_SUSTAIN_TALK:
				setSofteningSustainTalk((Integer)newValue);
				return;
			case MiPackage.MI_ASSESSMENT__PARTNERSHIP:
				setPartnership((Integer)newValue);
				return;
			case MiPackage.MI_ASSESSMENT__EMPATHY:
				setEmpathy((Integer)newValue);
				return;
			case MiPackage.MI_ASSESSMENT__CHANGE_GOAL:
				setChangeGoal((String)newValue);
				return;
			case MiPackage.MI_ASSESSMENT__SEGMENT_START:
				setSegmentStart((Utterance)newValue);
				return;
			case MiPackage.MI_ASSESSMENT__SEGMENT_END:
				setSegmentEnd((Utterance)newValue);
				return;
			case MiPackage.MI_ASSESSMENT__NOTE:
				setNote((String)newValue);
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
			case MiPackage.MI_ASSESSMENT__CULTIVATING_CHANGE_TALK:
				setCultivatingChangeTalk(CULTIVATING_CHANGE_TALK_EDEFAULT);
				return;
			case MiPackage.MI_ASSESSMENT__SOFTENING_SUSTAIN_TALK:
				setSofteningSustainTalk(SOFTENING_SUSTAIN_TALK_EDEFAULT);
				return;
			case MiPackage.MI_ASSESSMENT__PARTNERSHIP:
				setPartnership(PARTNERSHIP_EDEFAULT);
				return;
			case MiPackage.MI_ASSESSMENT__EMPATHY:
				setEmpathy(EMPATHY_EDEFAULT);
				return;
			case MiPackage.MI_ASSESSMENT__CHANGE_GOAL:
				setChangeGoal(CHANGE_GOAL_EDEFAULT);
				return;
			case MiPackage.MI_ASSESSMENT__SEGMENT_START:
				setSegmentStart((Utterance)null);
				return;
			case MiPackage.MI_ASSESSMENT__SEGMENT_END:
				setSegmentEnd((Utterance)null);
				return;
			case MiPackage.MI_ASSESSMENT__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case MiPackage.MI_ASSESSMENT__CULTIVATING_CHANGE_TALK:
				return cultivatingChangeTalk != CULTIVATING_CHANGE_TALK_EDEFAULT;
			case MiPackage.MI_ASSESSMENT__SOFTENING_SUSTAIN_TALK:
				return softeningSustainTalk != SOFTENING_SUSTAIN_TALK_EDEFAULT;
			case MiPackage.MI_ASSESSMENT__PARTNERSHIP:
				return partnership != PARTNERSHIP_EDEFAULT;
			case MiPackage.MI_ASSESSMENT__EMPATHY:
				return empathy != EMPATHY_EDEFAULT;
			case MiPackage.MI_ASSESSMENT__CHANGE_GOAL:
				return CHANGE_GOAL_EDEFAULT == null ? changeGoal != null : !CHANGE_GOAL_EDEFAULT.equals(changeGoal);
			case MiPackage.MI_ASSESSMENT__SEGMENT_START:
				return segmentStart != null;
			case MiPackage.MI_ASSESSMENT__SEGMENT_END:
				return segmentEnd != null;
			case MiPackage.MI_ASSESSMENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (cultivatingChangeTalk: "); //$NON-NLS-1$
		result.append(cultivatingChangeTalk);
		result.append(", softeningSustainTalk: "); //$NON-NLS-1$
		result.append(softeningSustainTalk);
		result.append(", partnership: "); //$NON-NLS-1$
		result.append(partnership);
		result.append(", empathy: "); //$NON-NLS-1$
		result.append(empathy);
		result.append(", changeGoal: "); //$NON-NLS-1$
		result.append(changeGoal);
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //MiAssessmentImpl
